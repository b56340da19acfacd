import { Alert, Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { Person, Unit } from '../../../shared/domain';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { errorText, useChannelMutation } from '../../hooks/api-hooks';
import { useVocabularies } from '../../hooks/data-hooks';
import { fieldsOfForm, formValuesOf, idNumberRule, impliedByIdNumber, yearMonthRule, type PersonFormValues } from './person-form-values';

const optionsOf = (values: readonly string[], current: string | null | undefined) =>
  [...values, ...(current && !values.includes(current) ? [current] : [])].map((v) => ({ value: v, label: v }));

/** 新增人员 / 编辑人员: every field, checked before it is sent; the service's refusal shown as is. */
export function PersonForm(props: { open: boolean; person: Person | null; units: readonly Unit[]; defaultUnitId?: number; onClose: () => void }) {
  const { open, person, units, defaultUnitId, onClose } = props;
  const [form] = Form.useForm<PersonFormValues>();
  const [serverError, setServerError] = useState<string | null>(null);
  const vocab = useVocabularies();
  const success = person ? '已保存修改' : '已新增人员';
  const create = useChannelMutation('people.create', { success, showError: false });
  const update = useChannelMutation('people.update', { success, showError: false });
  const saving = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    setServerError(null);
    form.resetFields();
    form.setFieldsValue(formValuesOf(person, { unitId: defaultUnitId }));
  }, [open, person, defaultUnitId, form]);

  // never rejects (a failure is shown in the form), so onFinish fires and forgets it
  const submit = async (values: PersonFormValues) => {
    setServerError(null);
    const fields = fieldsOfForm(values);
    try {
      if (person) await update.mutateAsync({ ...fields, id: person.id });
      else await create.mutateAsync(fields);
      onClose();
    } catch (error) {
      setServerError(errorText(error));
    }
  };

  const fillFromIdNumber = () => {
    const implied = impliedByIdNumber(form.getFieldValue('idNumber'));
    if (!implied) return;
    if (!form.getFieldValue('gender')) form.setFieldValue('gender', implied.gender);
    if (!form.getFieldValue('birth')) form.setFieldValue('birth', implied.birth);
  };

  const political = Form.useWatch('political', form);
  const category = Form.useWatch('category', form);
  const education = Form.useWatch('education', form);

  return (
    <Drawer
      title={person ? `编辑人员：${person.name}` : '新增人员'}
      open={open}
      onClose={onClose}
      size={640}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} />}
      <Form<PersonFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark scrollToFirstError>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 40, message: '姓名不超过40个字' }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="gender" label="性别">
              <Select allowClear options={[{ value: '男', label: '男' }, { value: '女', label: '女' }]} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="idNumber" label="身份证号" rules={[idNumberRule]} validateFirst>
              <Input maxLength={20} onBlur={fillFromIdNumber} placeholder="18位，末位可为X" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="birth" label="出生年月" rules={[yearMonthRule('出生年月')]}>
              <Input placeholder="例如 1985.06" maxLength={7} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="staffNo" label="人员编号" rules={[{ max: 40, message: '人员编号不超过40个字符' }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="political" label="政治面貌">
              <Select allowClear showSearch options={optionsOf(vocab.data?.political ?? [], political)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="unitId" label="单位/科室" rules={[{ required: true, message: '请选择所在单位' }]}>
              <UnitTreeSelect units={units} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="post" label="职务" rules={[{ max: 60, message: '职务不超过60个字' }]}>
              <Input maxLength={60} placeholder="例如 副科长" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="rank" label="职级" rules={[{ max: 40, message: '职级不超过40个字' }]}>
              <Input maxLength={40} placeholder="例如 四级主任科员" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="postSince" label="任现职时间" rules={[yearMonthRule('任现职时间')]}>
              <Input placeholder="例如 2019.03" maxLength={7} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label="人员类别">
              <Select allowClear showSearch options={optionsOf(vocab.data?.category ?? [], category)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="hireDate" label="入职时间">
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="请选择日期" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="probationEnd" label="试用期满">
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="请选择日期" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ethnicity" label="民族" rules={[{ max: 20, message: '民族不超过20个字' }]} extra="填「汉」即存为「汉族」">
              <Input maxLength={20} placeholder="例如 汉族" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nativePlace" label="籍贯" rules={[{ max: 40, message: '籍贯不超过40个字' }]}>
              <Input maxLength={40} placeholder="例如 湖北十堰" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="education" label="学历（文化程度）">
              <Select allowClear showSearch options={optionsOf(vocab.data?.education ?? [], education)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="workStart" label="参加工作时间" rules={[yearMonthRule('参加工作时间')]}>
              <Input placeholder="例如 2008.07" maxLength={7} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="partySince" label="入党时间" rules={[yearMonthRule('入党时间')]}>
              <Input placeholder="例如 2010.07" maxLength={7} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="isLeader" label="领导班子成员" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label="备注" rules={[{ max: 500, message: '备注不超过500个字' }]}>
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
